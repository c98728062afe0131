"""parse_feed and html_to_text: real feed bodies in, Entry values or ParseError out."""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from pathlib import Path

import feedparser
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.adapters.feed_parse import MAX_TEXT_CHARS, MAX_TITLE_CHARS, parse_feed, parse_feed_document
from bot.core.text.html_text import collapse_whitespace, html_to_text
from bot.errors import ParseError
from tests.support.servers import atom, rss

SEEDS = Path(__file__).parents[1] / "data" / "seeds"
AFP_SEED = (SEEDS / "000_eadfd1691317ba6e.txt").read_text(encoding="utf-8")
DW_SEED = (SEEDS / "004_2233b9385a34dce2.txt").read_text(encoding="utf-8")
FEED_URL = "https://news.example.org/world/feed.xml"


def paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


# --- the seed articles ----------------------------------------------------------------------


def test_seed_articles_in_rss_parse_to_plain_text_entries() -> None:
    body = rss(
        [
            {
                "title": "L'Otan veut accélérer les livraisons d'armes à l'Ukraine",
                "link": "https://news.example.org/otan-livraisons",
                "guid": "afp-000",
                "pubDate": "Tue, 14 Feb 2023 06:30:00 +0100",
                "description": AFP_SEED,  # plain text with blank lines between paragraphs
            },
            {
                "title": "Réunion de l'OTAN à Bruxelles",
                "link": "/dw/otan-bruxelles",
                "description": "<p>Les membres de l'<b>OTAN</b> sont réunis à Bruxelles.</p>",
                # full text as HTML paragraphs, stray " date 2023-02" prefix included
                "content": "".join(f"<p>{escape(p)}</p>\n" for p in DW_SEED.split("\n\n")),
            },
        ],
        title="Monde",
        lang="fr-FR",
    )
    afp, dw = parse_feed(body, FEED_URL)

    assert afp.guid == "afp-000"
    assert afp.url == "https://news.example.org/otan-livraisons"
    assert afp.title == "L'Otan veut accélérer les livraisons d'armes à l'Ukraine"
    assert afp.published == datetime(2023, 2, 14, 5, 30, tzinfo=UTC)
    assert afp.lang == "fr"
    # Paragraph breaks survive: the sentence splitter needs them for the heading below.
    assert paragraphs(afp.summary) == paragraphs(AFP_SEED)
    assert '\n\n- "Industries de défense sous pression" -\n\n' in afp.summary
    assert "Vladimir Poutine ne se prépare pas à la paix." in afp.summary

    assert dw.url == "https://news.example.org/dw/otan-bruxelles"
    assert dw.guid == dw.url
    assert dw.summary == "Les membres de l'OTAN sont réunis à Bruxelles."
    assert paragraphs(dw.content) == paragraphs(DW_SEED)
    assert dw.content.startswith("date 2023-02 Les membres de l'Organisation du traité")
    assert "<p>" not in dw.content and "&#x27;" not in dw.content
    assert dw.published is None
    assert "Bakhmout" in dw.text


# --- formats --------------------------------------------------------------------------------


def test_atom_feed() -> None:
    body = atom(
        [
            {
                "title": "Deutschland liefert <em>Leopard 2</em>",
                "link": "https://example.de/leopard",
                "id": "tag:example.de,2023:leopard",
                "published": "2023-01-25T12:00:00+01:00",
                "summary": "<p>Kurz</p>",
                "content": "<p>Die Bundesregierung liefert 14 Leopard 2A6.</p><p>Zweiter Absatz.</p>",
            },
            {"title": "Only updated", "id": "urn:2", "updated": "2023-01-26T08:00:00Z"},
        ],
        lang="de-DE",
    )
    first, second = parse_feed(body, "https://example.de/atom.xml", content_type="application/atom+xml")
    assert first.guid == "tag:example.de,2023:leopard"
    assert first.title == "Deutschland liefert Leopard 2"
    assert first.summary == "Kurz"
    assert first.content == "Die Bundesregierung liefert 14 Leopard 2A6.\n\nZweiter Absatz."
    assert first.published == datetime(2023, 1, 25, 11, 0, tzinfo=UTC)
    assert first.lang == "de"
    assert second.published == datetime(2023, 1, 26, 8, 0, tzinfo=UTC)
    assert second.url == ""


def test_rdf_rss_1_0_feed() -> None:
    body = b"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.org/">
    <title>RDF news</title><link>https://example.org/</link><description>d</description>
    <dc:language>en</dc:language>
  </channel>
  <item rdf:about="https://example.org/himars">
    <title>US sends more HIMARS</title>
    <link>https://example.org/himars</link>
    <description>The Pentagon announced a new package.</description>
    <dc:date>2023-02-14T09:00:00Z</dc:date>
  </item>
</rdf:RDF>"""
    (entry,) = parse_feed(body, "https://example.org/rdf", content_type="application/rdf+xml")
    assert entry.title == "US sends more HIMARS"
    assert entry.url == entry.guid == "https://example.org/himars"
    assert entry.summary == "The Pentagon announced a new package."
    assert entry.published == datetime(2023, 2, 14, 9, 0, tzinfo=UTC)
    assert entry.lang == "en"


def test_empty_feeds_give_no_entries() -> None:
    assert parse_feed(rss([]), FEED_URL) == []
    assert parse_feed(atom([]), FEED_URL) == []
    assert parse_feed(b'<rss version="2.0"><channel></channel></rss>', FEED_URL) == []


def test_empty_feed_served_with_a_non_xml_media_type_is_still_empty() -> None:
    assert parse_feed(rss([]), FEED_URL, content_type="text/html; charset=utf-8") == []


# --- not a feed ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "not a feed"),
        (b"\x00\x01\x02 garbage \xff\xfe", "not a feed"),
        (b"<!doctype html><html><head><title>Home</title></head><body><p>Hi</p></body></html>", "not a feed"),
        (b'{"items": [{"title": "json"}]}', "not a feed"),
        (b'<?xml version="1.0"?><note><to>x</to></note>', "not a feed"),
        (b'<rss version="2.0"><channel><title>Cut short', "malformed feed"),
        (b'<rss version="2.0"><channel><title>x</title><link>a & b</link></channel></rss>', "malformed feed"),
    ],
    ids=["empty", "garbage", "html-page", "json", "other-xml", "truncated", "bad-ampersand"],
)
def test_bodies_that_are_not_feeds_raise_parse_error(body: bytes, reason: str) -> None:
    with pytest.raises(ParseError, match=reason) as caught:
        parse_feed(body, FEED_URL)
    message = str(caught.value)
    assert len(message) < 200 and "\n" not in message and "Traceback" not in message


def test_feed_with_items_and_a_syntax_error_still_gives_its_items() -> None:
    body = (
        b'<rss version="2.0"><channel><title>x</title>'
        b"<item><title>Tanks & planes</title><guid>1</guid></item>"
        b"<item><title>Second</title><guid>2</guid></item>"
    )  # bare & and no closing tags
    entries = parse_feed(body, FEED_URL)
    assert [e.title for e in entries] == ["Tanks & planes", "Second"]


def test_wrong_charset_declared_still_gives_readable_entries() -> None:
    body = rss([{"title": "Défense aérienne: la Slovaquie livre des MiG-29", "guid": "1"}]).replace(
        b'encoding="utf-8"', b'encoding="iso-8859-1"'
    )
    latin1 = body.decode("utf-8").encode("latin-1")  # é as one byte, declared utf-8 in the header
    (entry,) = parse_feed(latin1, FEED_URL, content_type="application/rss+xml; charset=utf-8")
    assert entry.title == "Défense aérienne: la Slovaquie livre des MiG-29"


def test_utf16_feed_parses() -> None:
    text = rss([{"title": "Überraschung in Kyjiw", "guid": "1"}]).decode("utf-8").replace("utf-8", "utf-16")
    (entry,) = parse_feed(text.encode("utf-16"), FEED_URL, content_type=None)
    assert entry.title == "Überraschung in Kyjiw"


# --- entity declarations -------------------------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0"><channel><title>&lol4;</title><item><title>&lol4;</title></item></channel></rss>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>x</title><item><title>&xxe;</title></item></channel></rss>"""


def quadratic_blowup() -> bytes:
    """A 20 KB entity referenced 4,000 times: a 100 KB body that feedparser would
    expand to 80 MB of text (the blow-up it does not survive at larger sizes)."""
    return (
        b'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY big "' + b"A" * 20_000 + b'">\n]>\n'
        b'<rss version="2.0"><channel><title>x</title><item><title>'
        + b"&big;" * 4000
        + b"</title></item></channel></rss>"
    )


def utf7_entity_declaration() -> bytes:
    """UTF-7 spells "<" as "+ADw-", so no byte search for "<!ENTITY" can see it."""
    return XXE.replace(b'version="1.0"?>', b'version="1.0" encoding="utf-7"?>').replace(b"<!ENTITY", b"+ADw-!ENTITY")


def encoded(body: bytes, encoding: str) -> bytes:
    return body.decode("utf-8").replace('version="1.0"?>', f'version="1.0" encoding="{encoding}"?>', 1).encode(encoding)


@pytest.mark.parametrize(
    "body",
    [
        BILLION_LAUGHS,
        XXE,
        quadratic_blowup(),
        BILLION_LAUGHS.replace(b"<!ENTITY", b"<!entity"),
        encoded(XXE, "utf-16"),
        encoded(XXE, "utf-16-be"),
        encoded(XXE, "utf-32"),
        encoded(XXE, "cp037"),  # EBCDIC: invisible to a byte search, caught after decoding
        utf7_entity_declaration(),
    ],
    ids=["billion-laughs", "xxe", "quadratic", "lower-case", "utf-16", "utf-16-be", "utf-32", "ebcdic", "utf-7"],
)
def test_bodies_declaring_entities_are_refused_before_parsing(body: bytes, monkeypatch) -> None:
    # Refused before feedparser sees the body: parsed unguarded, the quadratic case
    # takes ~30 s and 2 GB. A parser that must not run is the bound on the work done.
    parsed: list[object] = []

    def must_not_parse(source: object, **kwargs: object) -> None:
        parsed.append(source)
        raise RuntimeError("feedparser.parse must not run here")

    monkeypatch.setattr(feedparser, "parse", must_not_parse)
    with pytest.raises(ParseError) as refused:
        parse_feed(body, FEED_URL)
    assert parsed == [], "feedparser ran on a body that declares entities"
    assert str(refused.value) == "feed declares XML entities; refused"


def test_an_encoding_that_decodes_nothing_is_read_as_undeclared_and_still_checked_for_entities(monkeypatch) -> None:
    body = rss([{"title": "Zürich", "link": "https://example.org/z"}])
    header = parse_feed_document(body, FEED_URL, content_type="application/rss+xml; charset=\"undefined\"")
    declared = parse_feed_document(body.replace(b'encoding="utf-8"', b"encoding='undefined'"), FEED_URL)
    for parsed in (header, declared):
        assert [e.title for e in parsed.entries] == ["Zürich"]
        assert parsed.warning == ("the feed declares the encoding 'undefined', which decodes no text: "
                                  "read as utf-8 instead")
    assert parse_feed_document(body, FEED_URL).warning is None
    # The body read without the useless name is checked for entities like any other:
    # here the XML declaration's UTF-7 hides one from a byte search.
    monkeypatch.setattr(feedparser, "parse", lambda *a, **k: pytest.fail("feedparser ran on a body declaring entities"))
    with pytest.raises(ParseError, match="declares XML entities"):
        parse_feed(utf7_entity_declaration(), FEED_URL, content_type="application/rss+xml; charset=undefined")


# --- entry fields ----------------------------------------------------------------------------------


def test_entries_without_guid_or_date_get_a_stable_hash_guid() -> None:
    body = rss([{"title": "No id here", "description": "Only text"}, {"title": "Another", "description": "x"}])
    first = parse_feed(body, FEED_URL)
    again = parse_feed(body, FEED_URL)
    assert [e.guid for e in first] == [e.guid for e in again]
    assert all(e.guid.startswith("sha256:") and len(e.guid) == 7 + 64 for e in first)
    assert first[0].guid != first[1].guid
    assert all(e.published is None and e.url == "" for e in first)


def test_guid_prefers_id_then_link() -> None:
    body = rss(
        [
            {"title": "a", "guid": "  id-1  ", "link": "https://example.org/a"},
            {"title": "b", "link": "https://example.org/b"},
        ]
    )
    with_id, with_link = parse_feed(body, FEED_URL)
    assert with_id.guid == "id-1"
    assert with_link.guid == "https://example.org/b"


def test_very_long_guid_is_hashed() -> None:
    (entry,) = parse_feed(rss([{"title": "a", "guid": "g" * 5000}]), FEED_URL)
    assert entry.guid.startswith("sha256:") and len(entry.guid) == 71


def test_markup_and_scripts_in_titles_become_plain_text() -> None:
    body = rss(
        [
            {
                "title": "<b>Breaking</b>: <script>steal(document.cookie)</script>Patriot &amp; IRIS-T",
                "description": "<style>p {color: red}</style><p>One&nbsp;<i>two</i></p><script>evil()</script>",
                "guid": "1",
            }
        ]
    )
    (entry,) = parse_feed(body, FEED_URL)
    assert entry.title == "Breaking: Patriot & IRIS-T"
    assert entry.summary == "One two"
    for text in (entry.title, entry.summary):
        assert "steal" not in text and "evil" not in text and "color" not in text and "<" not in text


def test_atom_xhtml_and_text_titles_become_plain_text() -> None:
    body = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>f</id>
<entry><id>1</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Nested <b>bold</b></div></title></entry>
<entry><id>2</id><title type="text">a &lt;script&gt;x()&lt;/script&gt; b</title></entry></feed>"""
    xhtml, text = parse_feed(body, FEED_URL)
    assert xhtml.title == "Nested bold"
    assert text.title == "a b"


def test_relative_links_are_resolved_against_the_feed_url() -> None:
    body = rss(
        [
            {"title": "a", "link": "/2023/02/otan"},
            {"title": "b", "link": "../europe/aide.html"},
            {"title": "c", "link": "https://other.example.com/x"},
            {"title": "d", "link": "javascript:alert(1)"},
        ]
    )
    links = [e.url for e in parse_feed(body, FEED_URL)]
    assert links == [
        "https://news.example.org/2023/02/otan",
        "https://news.example.org/europe/aide.html",
        "https://other.example.com/x",
        "",
    ]


def test_language_hint_overrides_feed_language_and_codes_are_normalised() -> None:
    assert parse_feed(rss([{"title": "a"}], lang="EN-us"), FEED_URL)[0].lang == "en"
    assert parse_feed(rss([{"title": "a"}], lang="en"), FEED_URL, lang="fr")[0].lang == "fr"
    assert parse_feed(rss([{"title": "a"}], lang=None), FEED_URL)[0].lang is None
    assert parse_feed(rss([{"title": "a"}], lang="english"), FEED_URL)[0].lang is None


def test_content_is_the_longest_content_value() -> None:
    body = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>f</id>
<entry><id>1</id><title>t</title>
<content type="html">&lt;p&gt;short&lt;/p&gt;</content>
<content type="text">the longer of the two contents</content></entry></feed>"""
    (entry,) = parse_feed(body, FEED_URL)
    assert entry.content == "the longer of the two contents"


def test_long_fields_are_capped() -> None:
    body = rss([{"title": "T" * 5000, "description": "word " * 30_000, "content": "<p>" + "x" * 200_000 + "</p>"}])
    (entry,) = parse_feed(body, FEED_URL)
    assert len(entry.title) == MAX_TITLE_CHARS
    assert len(entry.summary) == MAX_TEXT_CHARS
    assert len(entry.content) == MAX_TEXT_CHARS


def test_impossible_dates_give_none() -> None:
    body = rss([{"title": "a", "pubDate": "Tue, 99 Foo 20233 99:99:99 +9999"}, {"title": "b", "pubDate": "soon"}])
    assert [e.published for e in parse_feed(body, FEED_URL)] == [None, None]


def test_max_entries_is_honoured_in_feed_order() -> None:
    body = rss([{"title": f"item {n}", "guid": str(n)} for n in range(10)])
    assert [e.guid for e in parse_feed(body, FEED_URL, max_entries=3)] == ["0", "1", "2"]
    assert parse_feed(body, FEED_URL, max_entries=0) == []
    with pytest.raises(ValueError):
        parse_feed(body, FEED_URL, max_entries=-1)


def test_five_thousand_entry_feed_parses() -> None:
    body = rss(
        [
            {"title": f"Pledge {n}", "guid": f"g{n}", "description": "<p>Germany sends ammunition.</p>"}
            for n in range(5000)
        ]
    )
    entries = parse_feed(body, FEED_URL, max_entries=5000)
    assert len(entries) == 5000
    assert entries[-1].title == "Pledge 4999" and entries[-1].summary == "Germany sends ammunition."
    assert len(parse_feed(body, FEED_URL)) == 1000  # the default cap


def test_path_like_body_is_not_opened_as_a_file(tmp_path: Path) -> None:
    secret = tmp_path / "feed.xml"
    secret.write_bytes(rss([{"title": "from disk", "guid": "1"}]))
    with pytest.raises(ParseError):
        parse_feed(str(secret).encode(), FEED_URL)


# --- property tests -----------------------------------------------------------------------------

FEED_PREFIX = b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>'


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=2000), st.binary(max_size=500).map(lambda tail: FEED_PREFIX + tail)))
def test_random_bytes_give_entries_or_parse_error(body: bytes) -> None:
    try:
        entries = parse_feed(body, FEED_URL)
    except ParseError:
        return
    assert all(isinstance(e.guid, str) and e.guid for e in entries)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=500))
def test_html_to_text_never_fails_and_output_is_tidy(html: str) -> None:
    text = html_to_text(html)
    assert text == text.strip()
    assert "  " not in text and "\r" not in text and "\n\n\n" not in text


# --- html_to_text -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Hello <b>world</b></p><p>Second&nbsp;para &amp; more</p>", "Hello world\n\nSecond para & more"),
        ("one<br>two<br/>three", "one\ntwo\nthree"),
        ("<script>var a = '<p>x</p>';</script>visible<style>b{}</style>", "visible"),
        ("<ul><li>IRIS-T</li><li>Gepard</li></ul>", "IRIS-T\n\nGepard"),
        ("<table><tr><td>F-16</td><td>12</td></tr></table>", "F-16 12"),
        ("<p>\n  spread\n   over\n lines </p>", "spread over lines"),
        ("AT&T says a < b", "AT&T says a < b"),
        ("&lt;not a tag&gt; &#233;t&eacute;", "<not a tag> été"),
        ("<!-- hidden --> shown <![CDATA[cdata]]>", "shown"),
        ("<script>never closed", ""),
        ("", ""),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_collapse_whitespace_keeps_single_blank_lines() -> None:
    assert collapse_whitespace("  a \t b \r\n\r\n\r\n c\n") == "a b\n\nc"


def test_item_chunks_hash_the_items_not_the_channel_head():
    from bot.adapters.feed_items import ItemChunks

    head = b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><lastBuildDate>%s</lastBuildDate>'
    items = b"<item><title>A</title><guid>a</guid></item>\n<item><title>B</title><guid>b</guid></item>"
    tail = b"<lastBuildDate>%s</lastBuildDate></channel></rss>"
    monday, tuesday = ItemChunks(head % b"Mon" + items + tail % b"Mon"), ItemChunks(head % b"Tue" + items + tail % b"Tue")
    assert len(monday.hashes()) == 2 and monday.hashes() == tuesday.hashes()
    edited = ItemChunks(head % b"Mon" + items.replace(b">b<", b">c<") + tail % b"Mon")
    assert edited.hashes()[0] == monday.hashes()[0] and edited.hashes()[1] != monday.hashes()[1]
    # Atom's feed-level <updated>; prefixed elements; RDF's channel-level <items> list
    atom_doc = b'<feed xmlns="http://www.w3.org/2005/Atom"><updated>%s</updated><entry><id>x</id></entry></feed>'
    assert ItemChunks(atom_doc % b"1").hashes() == ItemChunks(atom_doc % b"2").hashes()
    prefixed = b'<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:updated>%s</a:updated><a:entry><a:id>x</a:id></a:entry></a:feed>'
    assert len(ItemChunks(prefixed % b"1").hashes()) == 1
    assert ItemChunks(prefixed % b"1").hashes() == ItemChunks(prefixed % b"2").hashes()
    rdf = b"<rdf:RDF><channel><dc:date>%s</dc:date><items><rdf:Seq/></items></channel><item>i</item></rdf:RDF>"
    assert len(ItemChunks(rdf % b"1").hashes()) == 1
    assert ItemChunks(rdf % b"1").hashes() == ItemChunks(rdf % b"2").hashes()
    # No item at all: the whole body is the one chunk, so a changed empty feed is parsed again.
    empty = head + b"</channel></rss>"
    assert ItemChunks(empty % b"Mon").hashes() != ItemChunks(empty % b"Tue").hashes()


def test_a_body_without_its_stored_items_parses_to_the_new_items_only():
    from bot.adapters.feed_items import ItemChunks

    items = [{"title": f"Item {n}", "guid": f"g{n}", "link": f"https://example.org/{n}",
              "content": f"<p>Body {n}</p>", "description": f"Text {n}"} for n in range(4)]
    chunks = ItemChunks(rss(items, lang="fr"))
    reduced = chunks.without({0, 2, 3})
    (entry,) = parse_feed(reduced, "https://example.org/feed.xml")
    # The head is kept: namespaces (content:encoded) and the feed's language still apply.
    assert (entry.guid, entry.content, entry.lang) == ("g1", "Body 1", "fr")
    assert [e.guid for e in parse_feed(chunks.without({1}), "https://example.org/feed.xml")] == ["g0", "g2", "g3"]
    assert chunks.without(set()) == chunks.body


def test_only_the_first_items_of_a_huge_feed_are_handed_to_the_parser():
    from bot.adapters.feed_items import ItemChunks

    # 100,000 items took 10 s of CPU to parse on every changed poll, for 1,000 kept.
    items = [{"title": f"Item {n}", "guid": f"g{n}", "link": f"https://example.org/{n}"} for n in range(3000)]
    chunks = ItemChunks(rss(items), max_items=1000)
    assert len(chunks.hashes()) == 1000
    kept = chunks.without(set())
    assert kept.count(b"<item>") == 1000 and kept.rstrip().endswith(b"</rss>")
    assert [e.guid for e in parse_feed(kept, "https://example.org/feed.xml")] == [f"g{n}" for n in range(1000)]
    # Items already stored are dropped as before, and the cut still applies.
    assert [e.guid for e in parse_feed(chunks.without(set(range(1, 1000))), "https://example.org/f")] == ["g0"]


def test_a_huge_item_is_converted_to_text_only_as_far_as_it_is_kept(monkeypatch) -> None:
    from bot.core.text import html_text

    # Converting a 9 MB description to text, to keep its first 100,000 characters, took
    # as long again as feedparser's own parse (about 2 s of CPU).
    # What the HTML parser is given (html_to_text is handed the whole text since stop 50, and
    # reads only as far as it must).
    seen: list[int] = []
    real = html_text._TextCollector.feed
    monkeypatch.setattr(html_text._TextCollector, "feed", lambda self, html: seen.append(len(html)) or real(self, html))
    body = rss([{"title": "<b>T</b>" * 100_000, "description": "<p>word " * 1_000_000}])
    (entry,) = parse_feed(body, FEED_URL)
    assert len(entry.summary) == MAX_TEXT_CHARS and entry.summary.startswith("word\n\nword")
    assert len(entry.title) == MAX_TITLE_CHARS and entry.title.startswith("TTT")
    assert sum(seen) <= 8 * (MAX_TEXT_CHARS + MAX_TITLE_CHARS)
