"""Accessibility basics of the web tracker's pages, stop 44, checked on the markup every page
sends (real SQLite file, real tracker on loopback) and on the stylesheet: the page's language,
tables with captions and scoped header cells, links whose words say where they go, colour
never the only carrier of meaning, a visible focus, and text contrast of WCAG AA (4.5:1).
Before stop 44: no table had a caption, the status table had no header row, the remove-filter
link read "×", category swatches were read out as empty, the current filter and page were
told by colour and weight only, and the stylesheet had no focus style.
"""

from __future__ import annotations

import re

import pytest

from bot.core.models import Feed, Pledge
from bot.web.style import CSS
from tests.support.page_markup import contrast, css_rules, page_markup
from tests.support.web_tracker import add_story, ask_tracker

PAGES = ("/pledges", "/pledges?q=germany+30d", "/totals", "/stories", "/pledges/1", "/stories/1", "/pledges/999",
         "/pledges?page=0", "/nowhere")
SYMBOLS_ONLY = re.compile(r"[\s×←→▾·…]*")


@pytest.fixture
def pages(store, clock):
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    add_story(store, clock, feed_id, 1, "Berlin sends air defence", "Wire", "https://wire.example/1",
              [Pledge("DE", "air_defence", "delivered", "IRIS-T", "IRIS-T SLM", 2, evidence="Two arrived."),
               Pledge("DE", "funding", "pledged", "aid", None, None, 1e9, "EUR", evidence="A billion.")], 3)
    add_story(store, clock, feed_id, 2, "Oslo sends NASAMS", "Post", "https://post.example/2",
              [Pledge("NO", "air_defence", "pledged", "NASAMS", "NASAMS", 2, evidence="Two to come.")], 4)
    paths = [path + ("&" if "?" in path else "?") + f"lang={lang}" for path in PAGES for lang in ("en", "fr", "de")]
    return ask_tracker(store, clock, *paths)


def test_every_page_names_its_language_and_captions_and_scopes_its_tables(pages):
    for path, (status, body) in pages.items():
        markup = page_markup(body)
        assert markup.html_lang == path.rsplit("lang=", 1)[1], path
        for table in markup.tables:
            assert table.caption.strip(), f"{path}: a table without a caption"
            assert table.headers, f"{path}: a table without header cells"
            assert all(th.get("scope") in ("col", "row", "rowgroup") for th in table.headers), path
    tables = sum(len(page_markup(body).tables) for _, body in pages.values())
    assert tables >= 3 * 10  # the pages above hold tables: they were checked, not skipped


def test_every_link_says_where_it_goes(pages):
    for path, (_, body) in pages.items():
        markup = page_markup(body)
        internal: dict[str, set[str]] = {}
        for link in markup.links:
            text = " ".join(link.text.split())
            assert not SYMBOLS_ONLY.fullmatch(text), f"{path}: a link to {link.href} read as {text!r}"
            if "noopener" not in link.attrs.get("rel", ""):
                internal.setdefault(text, set()).add(link.href)
        # The same words never lead to two places of the tracker ("Pledge 12" is not "Pledge 13").
        ambiguous = {text: hrefs for text, hrefs in internal.items() if len(hrefs) > 1}
        assert not ambiguous, f"{path}: {ambiguous}"


def test_colour_is_never_the_only_carrier_of_meaning(pages):
    for path, (_, body) in pages.items():
        markup = page_markup(body)
        # A category's swatch is decoration: its words are beside it, so it is hidden from screen readers.
        assert markup.swatches == markup.hidden_swatches, path
        # The chosen filter, page or language is marked for screen readers too, not by its look alone.
        for link in markup.links:
            if "here" in link.attrs.get("class", "").split():
                assert link.attrs.get("aria-current") == "page", (path, link.href)
    totals = pages["/totals?lang=en"][1]
    # A stacked bar's parts, told by colour in the chart, are given in words as well.
    assert re.search(r"<desc>Germany: air defence 1, funding 1; Norway: air defence 1</desc>", totals)
    # Each status is written out, its colour only adds to the words.
    assert '<span class="st-delivered">delivered</span>' in pages["/pledges/1?lang=en"][1]


def test_the_stylesheet_shows_focus_and_keeps_text_contrast_at_wcag_aa():
    rules = css_rules(CSS)
    focus = [declarations for selector, declarations in rules if ":focus-visible" in selector]
    assert focus and any(d.get("outline", "").startswith("3px solid") for d in focus)
    header_background = next(d["background"] for s, d in rules if s == "header")
    # The light backgrounds the page, its tables and filters are drawn on.
    # (Not the categories' colours: a swatch holds no text.)
    light = {"#fff"} | {d["background"] for s, d in rules if re.fullmatch(r"#[0-9a-fA-F]{3,6}", d.get("background", ""))
                        and not s.startswith(".cat-")}
    light.discard(header_background)
    assert len(light) >= 4  # white, the page's, the table heads', the active filters'
    checked = 0
    for selector, declarations in rules:
        colour = declarations.get("color")
        if not colour or not colour.startswith("#"):
            continue
        in_header = selector.startswith(("header", ".site", "nav"))
        for background in ([header_background] if in_header else sorted(light)):
            ratio = contrast(colour, background)
            assert ratio >= 4.5, f"{selector}: {colour} on {background} is {ratio:.2f}:1"
            checked += 1
        # A header focus ring is yellow on the blue: 3:1 at least for a focus indicator.
    assert contrast(next(d["outline-color"] for s, d in rules if s == "header a:focus-visible"),
                    header_background) >= 3
    assert checked >= 12
