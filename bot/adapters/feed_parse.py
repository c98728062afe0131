"""Feed bytes -> Entry values, with feedparser behind a guard.

Synchronous on purpose: feedparser is CPU-bound (about 2,600 items/s), so the
poller (bot/pipeline.py) runs `parse_feed_document` in a worker thread. feedparser never sees a URL or a
string (it would open a path-like string as a local file) and never sees a body
that declares XML entities (it survives XXE and billion laughs but not the
quadratic blow-up: a 160 KB body of that kind took 29 s and 2 GB to parse).
"""

from __future__ import annotations

import calendar
import codecs
import copy
import functools
import hashlib
import html
import importlib.util
import inspect
import io
import re
import xml.sax.xmlreader
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
import feedparser.api
import feedparser.mixin
import feedparser.parsers.strict
import feedparser.util
from feedparser.encodings import convert_to_utf8

from bot.core.feeds.media_kinds import file_kind
from bot.core.feeds.shared_ids import distinct_items_under_one_id
from bot.core.feeds.urls import without_userinfo
from bot.core.models import Entry
from bot.core.text import one_line, sentences
from bot.core.text.html_text import collapse_whitespace, html_to_text
from bot.core.text.lookalike_letters import article_text
from bot.core.text.safe_text import MAX_TEXT_CHARS, MAX_TITLE_CHARS, clean_text
from bot.errors import ParseError

# A GUID longer than this is replaced by its hash: the store indexes GUIDs.
MAX_GUID_CHARS = 512
# An item link longer than this is kept only as the item's identity (hashed, as a long
# GUID is): no chat shows a longer URL (Discord refuses one past 2048, Telegram's is cut
# at 2000), and the link is copied into every chat's queued alert, so one item with a
# 9 MB link queued 9 MB per subscribed chat.
MAX_LINK_CHARS = 2048

# `<!ENTITY` in any ASCII-compatible encoding, UTF-16 (either byte order) or UTF-32:
# the letters may be padded by the same run of zero bytes.
_ENTITY_DECLARATION = re.compile(rb"<(\x00{0,3})!\1e\1n\1t\1i\1t\1y", re.IGNORECASE)

# Something that looks like markup; text without it keeps its own line breaks.
_MARKUP = re.compile(r"</?[A-Za-z][^<>]*>|<!--|<!\[CDATA\[")

# A numeric character reference (&#8217; &#x2019;), digits bounded so int() stays cheap.
_NUMERIC_REFERENCE = re.compile(rb"&#([xX][0-9a-fA-F]{1,16}|[0-9]{1,20});")

_LANGUAGE = re.compile(r"[A-Za-z]{2}(?![A-Za-z])")

# Bozo reasons that say "odd encoding or media type" rather than "not XML".
_HARMLESS_BOZO = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)

_REASON_CHARS = 160
# A date's numeric zone, last in it: "+0100", "-05:00".
_NUMERIC_ZONE = re.compile(r"[+-](?P<hours>\d{2}):?(?P<minutes>\d{2})\s*\Z")
# A date that opens with a sign is ISO 8601's truncated or signed-year form ("-0001-01-01",
# "--12-05", "-26-12"), and feedparser fills in what it leaves out: "-0001-01-01" was read as
# 1 January 2000, "-2024-05-01" as a day of this year, both believable. No feed means either.
_SIGNED_DATE = re.compile(r"\s*[-+\u2212]")
# An item without a title is named by its first sentence, cut to this many characters at a
# word, read from no more of its text than this (a sentence longer is cut anyway).
_UNTITLED_TITLE_CHARS = 160
_UNTITLED_SOURCE_CHARS = 2000

# feedparser asks xml.sax for the libxml2 driver first (feedparser.api.PREFERRED_XML_PARSERS),
# and xml.sax tries to import it on every parse: where it is not installed, each parse
# searched sys.path for it again (~0.05-1 ms a parse, 20 parses in a steady poll of 200
# feeds). So drivers that are not installed are taken off that list, once, at the first parse.
_xml_drivers_checked = False


def _drop_missing_xml_drivers() -> None:
    global _xml_drivers_checked
    if not _xml_drivers_checked:
        preferred = feedparser.api.PREFERRED_XML_PARSERS
        preferred[:] = [name for name in preferred if importlib.util.find_spec(name) is not None]
        _xml_drivers_checked = True


# At every start tag feedparser works out the element's base URI (its xml:base, else its
# parent's) by joining it to the parent's base with urllib's urljoin. A feed has a few
# distinct bases, so nearly every join repeats the last: 61,000 joins of the same two
# strings for the 10,000 items of a first poll of 200 feeds, 14% of the parse's
# instructions (callgrind). The join depends on its two strings alone (and on
# feedparser's constant list of URI schemes), so it is remembered; the cache only
# replaces the name feedparser's parser calls, and is installed once. Only short bases are
# remembered: the strings are the feed's, and a hostile feed's megabyte-long xml:base
# joined to hundreds of distinct children would otherwise stay in memory, a copy each.
_BASE_JOINS_REMEMBERED = 512
_BASE_JOIN_MAX_CHARS = 2048


def _remember_base_joins() -> None:
    join = feedparser.mixin.make_safe_absolute_uri
    if hasattr(join, "remembered"):
        return
    remembered = functools.lru_cache(maxsize=_BASE_JOINS_REMEMBERED)(join)

    def base_join(base: str, rel: str | None = None) -> str:
        if len(base or "") + len(rel or "") > _BASE_JOIN_MAX_CHARS:
            return join(base, rel)
        return remembered(base, rel)

    base_join.remembered = remembered  # type: ignore[attr-defined]
    base_join.__wrapped__ = join  # type: ignore[attr-defined]
    feedparser.mixin.make_safe_absolute_uri = base_join


# An item link that urljoin, urlsplit and without_userinfo all give back as it is: an http(s)
# link with a host (and port) in plain ASCII, no user name, and a path, query and fragment of
# URL characters, the query and fragment not empty (urljoin rebuilds the link from its parts
# and drops a bare "?" or "#", and a ";" in the path, urlparse's parameters). Nearly every real
# item link looks so, and the three took ~15 us an item (urlsplit's first sight of a link is
# Python code), ~4% of a body's parse: such a link skips them; feedparser's own join of each
# item's link and id against the base (its `_urljoin`) as much again: the link that joins to
# itself is given back as it is there too. Written from urllib.parse's code (3.11);
# tests/feeds/test_absolute_links_55.py holds both to urllib's answer on both sides of the
# pattern.
_PLAIN_ABSOLUTE_LINK = re.compile(
    r"https?://[A-Za-z0-9.-]+(?::[0-9]+)?"
    r"(?:/[A-Za-z0-9._~%!$&'()*+,=:@/-]*)?"
    r"(?:\?[A-Za-z0-9._~%!$&'()*+,=:@/?;-]+)?"
    r"(?:#[A-Za-z0-9._~%!$&'()*+,=:@/?;#-]+)?"
)


def _plain_links_unjoined() -> None:
    join = feedparser.mixin._urljoin
    if hasattr(join, "plain"):
        return

    def link_join(base: str, uri: str) -> str:
        # feedparser's join first drops extra slashes after "scheme://", which such a link has none of.
        if isinstance(uri, str) and _PLAIN_ABSOLUTE_LINK.fullmatch(uri) and _splits(base):
            return uri
        return join(base, uri)

    link_join.plain = True  # type: ignore[attr-defined]
    link_join.__wrapped__ = join  # type: ignore[attr-defined]
    feedparser.mixin._urljoin = link_join


def _splits(url: str) -> bool:
    """Whether urljoin can read `url` as a base (an IPv6 address with one bracket it cannot:
    then it keeps no link, whatever the link is). urlsplit remembers its answers: one feed URL
    a parse, read once."""
    try:
        urlsplit(url)
    except ValueError:
        return False
    return True


# At the end of each element feedparser maps the C1 controls U+0080-U+009F (left by
# Windows-1252 text read as Latin-1) to Windows-1252's characters: str.translate with a dict
# of those 27 code points. On a text with any non-ASCII letter, translate then looks up every
# character in the dict and raises and clears a KeyError for each one missing: ~32 us for a
# French or German item of 1.3 KB (title and description), a seventh of its parse. A string
# of the first 256 code points, those 27 replaced, translates alike (a code point past its
# end raises IndexError, which translate also reads as "left as it is") with no exception
# for Latin letters: ~16 us. Only the name feedparser's parser calls is replaced, once.
def _map_c1_by_table() -> None:
    mapping = feedparser.mixin._cp1252
    if not isinstance(mapping, dict) or not all(0 <= code < 256 and len(text) == 1 for code, text in mapping.items()):
        return  # installed already, or another feedparser's mapping: left as it is
    feedparser.mixin._cp1252 = "".join(mapping.get(code, chr(code)) for code in range(256))


# That mapping leaves a text holding none of U+0080-U+009F as it is, yet translate still
# reads it character by character: on the poll bench's first cycle, 10,620 of its 20,000
# titles and descriptions are French or German (not ASCII, so not translate's fast path), and
# mapping them cost ~0.21 s of CPU against ~0.05 s for a regex scan that finds no C1 code
# point in them (bench/README.md, stop 60). decode_entities is the step just before the
# mapping in feedparser's `pop`, and its result goes nowhere else: a text that is not ASCII
# leaves it as a _C1Checked, a str whose translate maps only a text holding a C1 code point
# and gives back a plain str either way; the strict parser's identity and the loose parser's
# entity rewriting are kept as they are. Installed once, on the two parser classes.
_C1_CONTROL = re.compile("[\x80-\x9f]")


class _C1Checked(str):
    """A text after feedparser's decode_entities, mapped by translate only when it holds a C1 code point."""

    __slots__ = ()

    def translate(self, table):  # noqa: ANN001, ANN201 - str.translate's signature
        return str.translate(self, table) if _C1_CONTROL.search(self) else str(self)


def _c1_checked(text: object) -> object:
    return _C1Checked(text) if type(text) is str and not text.isascii() else text


def _map_c1_only_where_found() -> None:
    for parser in (feedparser.api.StrictFeedParser, feedparser.api.LooseFeedParser):
        found = inspect.getattr_static(parser, "decode_entities")
        if getattr(found, "c1_checked", False):
            continue
        # The strict parser's is the mixin's static identity, the loose parser's a method.
        static = isinstance(found, staticmethod)
        original = found.__func__ if static else found

        def decode(self, element, data, original=original, static=static):  # noqa: ANN001, ANN202 - feedparser's
            return _c1_checked(original(element, data) if static else original(self, element, data))

        decode.c1_checked = True  # type: ignore[attr-defined]
        decode.__wrapped__ = original  # type: ignore[attr-defined]
        parser.decode_entities = decode


# feedparser keeps the parameters of the text being read (its type, language, base) in a
# FeedParserDict, and asks them ~45 times an item (`contentparams.get("type")` at every end
# tag and every piece of text). FeedParserDict.get goes through its __getitem__, which
# compares the key with five names it answers specially, looks it up in its table of old
# names, then raises and catches a KeyError for a key that is missing: 13% of a farm item's
# parse instructions (callgrind). For a key it neither answers specially nor renames, that
# is dict.get, which answers it here. And each title and description's parameters are
# deep-copied into the entry: deepcopy asks the dict for a __deepcopy__ attribute (its
# __getattr__ turns that into a failed item look-up), then rebuilds it through
# __reduce_ex__: 5% more. Parameters that are strings (or numbers, None) under string keys
# are copied here as deepcopy would copy them (the same items, set in the same order
# through the dict's own __setitem__); anything else goes deepcopy's own way. Both are
# installed once, on the class feedparser's parser builds its dicts from.
_KEYS_ANSWERED_SPECIALLY = frozenset({"category", "enclosures", "license", "updated", "updated_parsed"})
_ATOMS = (str, int, float, bool, type(None))  # what deepcopy gives back as it is


def _plain_dict_lookups() -> None:
    fpd = feedparser.util.FeedParserDict
    if hasattr(fpd.get, "plain"):
        return
    special = _KEYS_ANSWERED_SPECIALLY | frozenset(fpd.keymap)
    original_get = fpd.get

    def get(self, key, default=None):  # noqa: ANN001 - FeedParserDict's signature
        if type(self) is not fpd or key in special:
            return original_get(self, key, default)
        return dict.get(self, key, default)

    def deepcopy(self, memo):  # noqa: ANN001 - the copy module's signature
        if type(self) is fpd and not self.__dict__:
            copied = fpd()
            for key, value in dict.items(self):
                if type(key) is not str or type(value) not in _ATOMS:
                    break
                copied[key] = value
            else:
                memo[id(self)] = copied
                return copied
        return copy._reconstruct(self, memo, *self.__reduce_ex__(4))

    get.plain = True  # type: ignore[attr-defined]
    get.__wrapped__ = original_get  # type: ignore[attr-defined]
    fpd.get = get
    fpd.__deepcopy__ = deepcopy


# feedparser's strict parser copies each element's attributes by asking xml.sax for each
# one's value by its qualified name, which xml.sax finds by going through them all: time
# quadratic in their number. A hostile feed's one <title> with 100,000 attributes (a 1 MB
# body) cost 103 s of CPU; one at max_feed_bytes, hours, holding one of the two slots in
# which changed feeds are parsed. The attributes are handed to it indexed by that name
# instead (same values, same order); installed once, like the joins above.
class _AttributesByQName(xml.sax.xmlreader.AttributesNSImpl):
    """xml.sax's attributes of one element, with getValueByQName a lookup, not a search."""

    def __init__(self, attrs: xml.sax.xmlreader.AttributesNSImpl) -> None:
        names = list(attrs.keys())
        super().__init__({name: attrs.getValue(name) for name in names},
                         {name: attrs.getQNameByName(name) for name in names})
        self._by_qname: dict[str, str] = {}
        for name in names:  # the first of a qualified name wins, as in xml.sax's search
            self._by_qname.setdefault(attrs.getQNameByName(name), attrs.getValue(name))

    def getValueByQName(self, name: str) -> str:
        try:
            return self._by_qname[name]
        except KeyError:
            raise KeyError(name) from None


_FEW_ATTRIBUTES = 32  # searched one by one at no measurable cost


def _index_attributes_by_qname() -> None:
    strict = feedparser.parsers.strict._StrictFeedParser
    start = strict.startElementNS
    if hasattr(start, "indexed"):
        return

    def start_element(self, name, qname, attrs):  # noqa: ANN001 - feedparser's SAX signature
        # Only where the search costs: a real element has a handful of attributes, and
        # indexing them would build three dicts for every element of every feed parsed.
        if len(attrs) > _FEW_ATTRIBUTES:
            attrs = _AttributesByQName(attrs)
        return start(self, name, qname, attrs)

    start_element.indexed = True  # type: ignore[attr-defined]
    strict.startElementNS = start_element


# How much HTML is read for each character of text kept: markup rarely outweighs the
# text eight to one, so the text kept is whole in practice.
_SOURCE_CHARS_PER_TEXT_CHAR = 8


# A feed in UTF-16 or UTF-32 shows its encoding in its first bytes (the XML
# specification's appendix F, which feedparser follows too): a byte order mark, else
# the zero bytes around its first "<" (blanks may come first). Wide encodings are
# tried widest first: "<" then three zero bytes is UTF-32, not UTF-16 then U+0000.
_BYTE_ORDER_MARKS = ((codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF32_LE, "utf-32-le"),
                     (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF16_LE, "utf-16-le"))
_WIDE_ENCODINGS = ("utf-32-be", "utf-32-le", "utf-16-be", "utf-16-le")
_SNIFFED_BYTES = 64
_XML_DECLARED_ENCODING = re.compile(r"""\A(\s*<\?xml\b[^>]*?\sencoding\s*=\s*)(["'])[^"']*\2""")


def _wide_encoding(body: bytes) -> tuple[str, int] | None:
    """The UTF-16 or UTF-32 codec `body` is written in and the length of its byte order
    mark; None for a body in an ASCII-compatible encoding (no zero byte near its start)."""
    head = body[:_SNIFFED_BYTES]
    if b"\x00" not in head and not head.startswith((codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE)):
        return None
    for mark, codec in _BYTE_ORDER_MARKS:
        if head.startswith(mark):
            return codec, len(mark)
    for codec in _WIDE_ENCODINGS:
        unit = 4 if "32" in codec else 2
        text = head[: len(head) - len(head) % unit].decode(codec, "replace")
        if text.lstrip(" \t\r\n").startswith("<") and "\x00" not in text:
            return codec, 0
    return None


def utf8_feed_body(body: bytes, content_type: str | None) -> tuple[bytes, str | None]:
    """A body in UTF-16 or UTF-32 as UTF-8, with a Content-Type to match; any other body
    unchanged.

    The project's own reading before feedparser (bot.adapters.feed_items.ItemChunks: the items' bounds and
    hashes, a body cut short) searches bytes for ASCII tags, and found none in a wide
    body: none of its bounds held, and a body cut inside an item was read as if whole.
    Decoded here, the body is read as a UTF-8 feed is. The first bytes decide, as a byte
    order mark does in a browser: a charset naming another encoding cannot be right of
    bytes that put zeros around "<". A body cut in the middle of a character ends in
    U+FFFD, and its last item is found unfinished like any other."""
    found = _wide_encoding(body)
    if found is None:
        return body, content_type
    codec, mark = found
    text = body[mark:].decode(codec, "replace")
    text = _XML_DECLARED_ENCODING.sub(r"\1\2utf-8\2", text, count=1)
    return text.encode("utf-8"), _with_utf8_charset(content_type)


def _with_utf8_charset(content_type: str | None) -> str | None:
    """`content_type` saying charset=utf-8 (the charset wins over the XML declaration)."""
    if not content_type:
        return content_type
    if _CHARSET_PARAMETER.search(content_type):
        return _CHARSET_PARAMETER.sub("; charset=utf-8", content_type, count=1)
    return content_type + "; charset=utf-8"


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    entries: list[Entry]
    hub: str | None = None  # the WebSub hub the feed advertises (<link rel="hub">)
    self_url: str | None = None  # the feed's own URL as it names it (<link rel="self">): the WebSub topic
    warning: str | None = None  # something wrong with the feed that did not stop it being read


def parse_feed(
    body: bytes,
    feed_url: str,
    *,
    content_type: str | None = None,
    lang: str | None = None,
    max_entries: int = 1000,
) -> list[Entry]:
    """Entries of an RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom body (see parse_feed_document): the
    entries alone, for callers (the tests) that need nothing else of the feed."""
    return parse_feed_document(body, feed_url, content_type=content_type, lang=lang, max_entries=max_entries).entries


def parse_feed_document(
    body: bytes,
    feed_url: str,
    *,
    content_type: str | None = None,
    lang: str | None = None,
    max_entries: int = 1000,
) -> ParsedFeed:
    """Entries of an RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom body, at most `max_entries`,
    and the feed's WebSub links.

    `content_type` is the HTTP Content-Type (its charset wins over the XML
    declaration, as RFC 3023 says); `lang` overrides whatever language the feed
    declares. Raises ParseError when the body is not a feed or declares entities.
    A valid feed with no items gives []; a slightly broken feed with items gives
    its items.
    """
    if max_entries < 0:
        raise ValueError("max_entries must be >= 0")
    headers = {
        # Unknown media type: read it as XML (declared encoding, else UTF-8) rather
        # than feedparser's fallback for header-less input, which is Latin-1.
        "content-type": content_type or "application/xml",
        # feedparser resolves relative links against this.
        "content-location": feed_url,
    }
    headers, misfit = _without_a_charset_the_body_is_not_in(body, headers)
    body, headers, unusable = _entity_free_and_decodable(body, headers)
    body = _replace_impossible_references(body)
    _drop_missing_xml_drivers()
    _remember_base_joins()
    _index_attributes_by_qname()
    _map_c1_by_table()
    _map_c1_only_where_found()
    _plain_dict_lookups()
    _plain_links_unjoined()
    try:
        parsed = feedparser.parse(
            io.BytesIO(body),
            response_headers=headers,
            # We strip all markup ourselves, so feedparser's HTML rewriting is wasted work.
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except Exception as exc:  # feedparser should never raise; if it does, it is this feed's problem
        raise ParseError(f"feed parser failed: {type(exc).__name__}: {_reason(exc)}") from None
    warning = None
    read_as = parsed.get("encoding") or "undeclared"
    if unusable:
        # The names are the feed's words: quoted (repr escapes control characters) and cut short.
        names = " and ".join(repr(name[:40]) for name in unusable)
        warning = f"the feed declares the encoding {names}, which decodes no text: read as {read_as} instead"
    elif misfit:
        warning = (f"the feed's Content-Type declares the charset {misfit[:40]!r}, which its bytes are not "
                   f"written in: read as {read_as} instead")

    raw_entries = parsed.get("entries") or []
    if not raw_entries:
        try:
            _check_empty_feed_is_a_feed(parsed)
        except ParseError as exc:
            if _HTML_PAGE.search(body[:4096]) and _SIGN_IN_FORM.search(body[:_SIGN_IN_READ]):
                # A feed that worked answering a login form (a paywall or single sign-on put in
                # front of it, an expired session, a captive portal or proxy): told to "give the
                # address of its feed", its operator went looking for another address. But a
                # news site's home page has a login box too, and the newcomer who gave it for its
                # feed's address needs that advice: which of the two it is, this page cannot
                # tell (a paywall's login page carries the site's feed link as its home page
                # does), so the message says both.
                raise ParseError("not a feed: a web page with a sign-in form (if this address served a feed "
                                 "before, the site now asks for a login, or a proxy or captive portal answered "
                                 "for it; if not, give the address of its RSS or Atom feed)", kind="sign_in") from None
            kind = file_kind(body, content_type)
            if kind is not None:  # the parser's "not well-formed (invalid token)" named no feed's fault
                shown = f", Content-Type {content_type.split(';')[0].strip()[:60]!r}" if content_type else ""
                raise ParseError(f"not a feed: the server answered with {kind}{shown}, not an RSS or Atom "
                                 "document; give the address of the site's feed", kind="not_feed") from None
            if _HTML_PAGE.search(body[:4096]):
                # The commonest newcomer's mistake: a site's address given for its feed's.
                raise ParseError(f"{exc} (a web page: give the address of its RSS or Atom feed)",
                                 kind="web_page") from None
            raise
    feed = parsed.get("feed") or {}
    feed_lang = _language(feed.get("language"))
    entries = distinct_items_under_one_id([
        _to_entry(raw, feed_url, explicit_lang=_language(lang), feed_lang=feed_lang)
        for raw in raw_entries[:max_entries]
    ])
    return ParsedFeed(entries, hub=_feed_link(feed, "hub", feed_url), self_url=_feed_link(feed, "self", feed_url),
                      warning=warning)


def _replace_impossible_references(body: bytes) -> bytes:
    """`&#xD800;` (a UTF-16 surrogate) or `&#x110000;` names no character: feedparser
    raised on it and the whole feed, valid items included, failed every poll. Such a
    reference becomes U+FFFD, as a browser shows it. (Bodies in an ASCII-compatible
    encoding; the references of a UTF-16 body are left as they are.)"""
    if b"&#" not in body:
        return body
    return _NUMERIC_REFERENCE.sub(_fix_reference, body)


def _fix_reference(match: re.Match[bytes]) -> bytes:
    digits = match.group(1)
    try:
        code = int(digits[1:], 16) if digits[:1] in (b"x", b"X") else int(digits)
    except ValueError:
        return match.group(0)
    return b"&#xFFFD;" if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF else match.group(0)


def _feed_link(feed: Mapping[str, Any], rel: str, feed_url: str) -> str | None:
    """The first http(s) link of the feed itself with this rel, made absolute."""
    links = feed.get("links")
    for link in links if isinstance(links, list) else []:
        if isinstance(link, Mapping) and link.get("rel") == rel:
            href = _absolute_link(link.get("href"), feed_url)
            if href.startswith(("http://", "https://")) and len(href) <= MAX_LINK_CHARS:
                return href
    return None


def _entity_free_and_decodable(body: bytes, headers: dict[str, str]) -> tuple[bytes, dict[str, str], list[str]]:
    """ParseError if the body declares XML entities, whatever its encoding. Returns the
    body and headers to parse, without any encoding declared that decodes nothing (see
    _without_unusable_encodings), and the names of those dropped. (One function for both:
    the decoding that looks for entities in exotic encodings is what finds such a name.)"""
    if _ENTITY_DECLARATION.search(body):
        raise ParseError("feed declares XML entities; refused")
    # Exotic encodings (EBCDIC, UTF-7 ...) hide the declaration from a byte search,
    # so look again at the UTF-8 text feedparser itself is about to parse.
    unusable: list[str] = []
    try:
        as_utf8 = convert_to_utf8(dict(headers), body, {})
    except Exception:  # a declared encoding that fails otherwise than on a bad byte
        body, headers, unusable = _without_unusable_encodings(body, headers)
        try:
            as_utf8 = convert_to_utf8(dict(headers), body, {})
        except Exception:  # undecodable still: feedparser will fail on it the same way
            return body, headers, unusable
    if isinstance(as_utf8, bytes) and _ENTITY_DECLARATION.search(as_utf8):
        raise ParseError("feed declares XML entities; refused")
    return body, headers, unusable


def _without_a_charset_the_body_is_not_in(body: bytes, headers: dict[str, str]) -> tuple[dict[str, str], str]:
    """The headers without a Content-Type charset the body cannot be written in, and that
    charset's name ("" when it fits). A feed begins with "<" (after a byte order mark and
    blanks) in whatever encoding it is written; a body whose bytes begin with an ASCII "<"
    that the declared charset reads as something else (a server saying `charset=utf-16`
    of a UTF-8 file, which reads "<?" as one Chinese character) was lost whole as "not
    well-formed (invalid token)". The charset then goes, as a browser sniffing the bytes
    would drop it, and the XML declaration or UTF-8 decides."""
    content_type = headers.get("content-type", "")
    charset = _CHARSET_PARAMETER.search(content_type)
    start = body[:256].lstrip(b" \t\r\n")
    if not charset or not start.startswith(b"<") or start[1:2] in (b"", b"\x00"):
        return headers, ""  # no charset, or bytes that do not begin as ASCII text does
    name = charset.group(2).strip()
    try:
        text = body[:256].decode(name, "ignore")
    except Exception:  # noqa: BLE001 - an unknown name or a codec that refuses all text: handled later
        return headers, ""
    if text.lstrip("\ufeff \t\r\n").startswith("<"):
        return headers, ""
    return {**headers, "content-type": content_type[: charset.start()] + content_type[charset.end() :]}, name


# The charset parameter of a Content-Type, and the encoding of an XML declaration.
_CHARSET_PARAMETER = re.compile(r";\s*charset\s*=\s*(\"?)([^\";]*)\1", re.IGNORECASE)
_DECLARED_ENCODING = re.compile(rb"\A(\xef\xbb\xbf)?(\s*<\?xml\b[^>]*?)\s+encoding\s*=\s*([\"'])([^\"']*)\3")


def _without_unusable_encodings(body: bytes, headers: dict[str, str]) -> tuple[bytes, dict[str, str], list[str]]:
    """The body and headers without the encodings they declare that decode no text.

    feedparser tries the declared encodings in turn, skipping a name Python does not
    know (LookupError) or one the bytes do not fit (UnicodeDecodeError), and ends
    with UTF-8 then Windows-1252. But a name Python knows whose codec refuses all
    text, such as "undefined" (a codec that exists to raise UnicodeError), stopped
    it with a bare UnicodeError and the whole feed was lost. Dropped here, such a
    name is read as if never declared, as an unknown name is: a reader expects the
    items, and a browser too ignores a charset it cannot use."""
    unusable: list[str] = []
    content_type = headers.get("content-type", "")
    charset = _CHARSET_PARAMETER.search(content_type)
    if charset and not _decodes(body, charset.group(2).strip()):
        unusable.append(charset.group(2).strip())
        headers = {**headers, "content-type": content_type[: charset.start()] + content_type[charset.end() :]}
    declared = _DECLARED_ENCODING.match(body)
    if declared:
        name = declared.group(4).decode("ascii", "replace").strip()
        if not _decodes(body, name):
            unusable.append(name)
            body = body[: declared.start()] + (declared.group(1) or b"") + declared.group(2) + body[declared.end():]
    return body, headers, unusable


def _decodes(body: bytes, encoding: str) -> bool:
    """Does decoding with `encoding` either work or fail in a way feedparser handles?"""
    try:
        body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return True
    except Exception:  # noqa: BLE001 - UnicodeError, or whatever else a codec raises
        return False
    return True


_HTML_PAGE = re.compile(rb"<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)
# A password field (type=password): the page is a sign-in form. Looked for in the page's
# first 128 KB, by a pattern without repetition inside it (linear on any page).
_SIGN_IN_FORM = re.compile(rb"\btype\s*=\s*[\"']?password\b", re.IGNORECASE)
_SIGN_IN_READ = 128 * 1024


def _check_empty_feed_is_a_feed(parsed: Mapping[str, Any]) -> None:
    """An item-less result is a valid empty feed, or a ParseError saying why not."""
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not parsed.get("version"):
        raise ParseError(f"not a feed: {_reason(problem) if problem else 'no RSS, Atom or RDF document found'}",
                         kind="not_feed")
    if problem is not None and not isinstance(problem, _HARMLESS_BOZO):
        # A feed root with no items and a syntax error is most likely a truncated feed.
        raise ParseError(f"malformed feed: {_reason(problem)}", kind="malformed")


def _reason(problem: object) -> str:
    """feedparser's complaint on one short line."""
    # SAX errors print as "<unknown>:LINE:COL: message", and the line counts the XML
    # declaration feedparser inserted, so only the message is worth showing.
    get_message = getattr(problem, "getMessage", None)
    message = get_message() if callable(get_message) else str(problem)
    text = one_line(clean_text(str(message))) or type(problem).__name__
    return text if len(text) <= _REASON_CHARS else text[: _REASON_CHARS - 1] + "…"


def _to_entry(raw: Mapping[str, Any], feed_url: str, *, explicit_lang: str | None, feed_lang: str | None) -> Entry:
    # Every string the feed supplies goes through clean_text: no terminal escapes reach a
    # console, and a lone surrogate (`&#xD800;`) cannot make the store refuse the whole poll.
    # And lookalike letters folded in Latin words ("Lеopard" with a Cyrillic е matched no rule).
    title = _cap(one_line(article_text(_plain_text(raw.get("title_detail"), raw.get("title"), MAX_TITLE_CHARS))),
                 MAX_TITLE_CHARS)
    summary = _cap(article_text(_plain_text(raw.get("summary_detail"), raw.get("summary"))), MAX_TEXT_CHARS)
    content = _cap(article_text(_longest_content(raw.get("content"))), MAX_TEXT_CHARS)
    link = _absolute_link(raw.get("link"), feed_url)
    raw_id = raw.get("id")
    return Entry(
        feed_url=feed_url,
        # The id from the title as the feed gave it: the same item keeps its id.
        guid=_guid(clean_text(raw_id) if isinstance(raw_id, str) else raw_id, link, title, summary),
        url=link if len(link) <= MAX_LINK_CHARS else "",
        title=title or _title_from_text(summary or content),
        summary=summary,
        content=content,
        published=_published(raw),
        lang=explicit_lang or _entry_language(raw) or feed_lang,
    )


def _title_from_text(text: str) -> str:
    """A title for an item that has none (RSS asks only for a title or a description): its
    first sentence, else its first words, as feed readers show it. Without it the item's
    story was an empty, unclickable heading on the web tracker, in /latest, /search and
    `stories`."""
    head = one_line(text[: _UNTITLED_SOURCE_CHARS])
    found = sentences(head)
    first = found[0] if found else ""
    if len(first) > _UNTITLED_TITLE_CHARS:
        cut = first[: _UNTITLED_TITLE_CHARS]
        first = (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:") + "…"
    return first.removesuffix(".")


def _plain_text(detail: Mapping[str, Any] | None, value: object, limit: int = MAX_TEXT_CHARS) -> str:
    """Plain text of a feedparser text construct, whatever type it claims, read from no
    more of it than can give `limit` characters of text.

    feedparser labels escaped HTML in RSS titles as text/plain and plain RSS
    descriptions as text/html, so the value itself decides: markup means HTML.
    """
    if detail and isinstance(detail.get("value"), str):
        text, mime = detail["value"], str(detail.get("type") or "")
    elif isinstance(value, str):
        text, mime = value, ""
    else:
        return ""
    # The text is capped at `limit` afterwards anyway; converting a 10 MB item to text
    # first took as long again as feedparser's own parse of it. (The search for markup goes
    # through it all: a tag whose attributes outrun the cut still means HTML.)
    source_chars = limit * _SOURCE_CHARS_PER_TEXT_CHAR
    if _MARKUP.search(text):
        return html_to_text(text, source_chars)
    text = text[:source_chars]
    if mime != "text/plain" and "&" in text:
        text = html.unescape(text)
    return collapse_whitespace(text)


def _longest_content(contents: object) -> str:
    """The longest content[] value as plain text (full text when the feed carries it)."""
    if not isinstance(contents, list):
        return ""
    texts = [_plain_text(item, None) for item in contents if isinstance(item, Mapping)]
    return max(texts, key=len, default="")


def _absolute_link(link: object, feed_url: str) -> str:
    """`link` made absolute against the feed URL; "" unless it is http(s)."""
    if not isinstance(link, str) or not link.strip():
        return ""
    link = clean_text(link)
    if _PLAIN_ABSOLUTE_LINK.fullmatch(link.strip()) and _splits(feed_url):
        return link.strip()
    try:
        absolute = urljoin(feed_url, link.strip())
        scheme = urlsplit(absolute).scheme.lower()
    except ValueError:  # e.g. an invalid IPv6 literal
        return ""
    # javascript:, data: and file: links must never reach a chat as a clickable URL; nor
    # a user name and password (inherited from a private feed's URL, or a disguise).
    return without_userinfo(absolute) if scheme in ("http", "https") else ""


def _guid(raw_id: object, link: str, title: str, summary: str) -> str:
    """The entry's id, else its link, else a hash of its text: stable across polls."""
    for candidate in (raw_id, link):
        if isinstance(candidate, str) and candidate.strip():
            guid = candidate.strip()
            if len(guid) > MAX_GUID_CHARS:
                return "sha256:" + hashlib.sha256(guid.encode("utf-8", "surrogatepass")).hexdigest()
            return guid
    digest = hashlib.sha256(f"{title}\n{summary}".encode("utf-8", "surrogatepass")).hexdigest()
    return "sha256:" + digest


def guid_of_link(link: str) -> str:
    """The GUID an entry gets from its link (as when the feed gives no id)."""
    return _guid(None, link, "", "")


def _published(raw: Mapping[str, Any]) -> datetime | None:
    """Publication (else update) time as an aware UTC datetime; feedparser gives UTC tuples."""
    for key in ("published", "updated"):
        # dict.get: FeedParserDict.get("updated_parsed") falls back to published_parsed
        # with a DeprecationWarning; we ask for each key on its own.
        parsed = dict.get(raw, f"{key}_parsed") if isinstance(raw, dict) else raw.get(f"{key}_parsed")
        written = dict.get(raw, key) if isinstance(raw, dict) else raw.get(key)
        if parsed and not _impossible_zone(written) and not _year_left_out(written):
            try:
                return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
            except (OverflowError, ValueError, TypeError, OSError):
                continue
    return None


def _impossible_zone(written: object) -> bool:
    """Whether a date as the feed wrote it ends in a numeric zone no clock keeps: more than
    14 hours from UTC (Kiribati's +14:00 is the widest) or 60 minutes or more. feedparser
    applies it all the same: "Sat, 05 Dec 2026 09:00:00 +9999" read as 1 December, 04:21,
    four days back, which the check of dates ahead (bot/core/feeds/dates.py) cannot see."""
    zone = _NUMERIC_ZONE.search(written) if isinstance(written, str) else None
    return zone is not None and (int(zone["hours"]) > 14 or int(zone["minutes"]) > 59)


def _year_left_out(written: object) -> bool:
    """Whether a date as the feed wrote it opens with a sign, so that its year (or century) is
    one feedparser made up: such a date counts as none, as the absurd ones do (the time the item
    was fetched stands in: bot/core/feeds/dates.py)."""
    return isinstance(written, str) and _SIGNED_DATE.match(written) is not None


def _entry_language(raw: Mapping[str, Any]) -> str | None:
    """An entry's own language: dc:language, else the xml:lang on its text."""
    candidates = [raw.get("language")]
    for key in ("title_detail", "summary_detail"):
        detail = raw.get(key)
        if isinstance(detail, Mapping):
            candidates.append(detail.get("language"))
    for candidate in candidates:
        code = _language(candidate)
        if code:
            return code
    return None


def _language(value: object) -> str | None:
    """Two-letter lower-case code from "fr", "fr-FR", "en_US"; None for anything else."""
    if not isinstance(value, str):
        return None
    match = _LANGUAGE.match(value.strip())
    return match.group(0).lower() if match else None


def _cap(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit]
