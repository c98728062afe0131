"""Turn the HTML found in feeds into the plain text the rules and chats read.

Feeds put markup everywhere (titles included), and we never render it: alerts
show text, and the rules must not fire on words hidden in a <script>. Block
boundaries become line breaks because the sentence splitter in core/text.py
treats a line break as the end of a sentence (headings carry no full stop).
Pure stdlib, no I/O.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from bot.core.text import one_line

# Elements whose content is code or a template, never prose.
_SKIPPED = frozenset({"script", "style", "template"})

# Elements that start a new paragraph, so their text never glues to a neighbour's.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tr", "ul",
    }
)

# Elements that separate words without starting a paragraph.
_LINE_BREAKS = frozenset({"br"})
_CELLS = frozenset({"td", "th"})

_PARAGRAPH = "\n\n"

# Markup open where the reading of a long text stops is read to its end when it is longer than
# this share of what is read (see html_to_text).
_LONG_MARKUP_SHARE = 8

# The ends Python's parser (html.parser with _markupbase, as of 3.11) looks for after a comment's
# "<!--" and a marked section's "<![cdata[" or "<![if", and the name it reads after "<![".
_COMMENT_END = re.compile(r"--\s*>")
_MARKED_SECTION_END = re.compile(r"]\s*]\s*>")
_OFFICE_SECTION_END = re.compile(r"]\s*>")
_DECLARATION_NAME = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")
_MARKED_SECTION_KINDS = frozenset({"temp", "cdata", "ignore", "include", "rcdata"})
_OFFICE_SECTION_KINDS = frozenset({"if", "else", "endif"})


class _TextCollector(HTMLParser):
    """Collects text nodes, dropping skipped elements and marking block boundaries."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0
        # pattern -> (the text searched, where from, the match found there or None)
        self._found: dict[re.Pattern[str], tuple[str, int, re.Match[str] | None]] = {}

    # The parser looks for the end of a comment or a marked section from each one's start, in
    # the rest of the text; when there is none, it reads the opener as text up to the next ">"
    # and looks again from the next opener: 4,000 `<!--x>` cost 0.7 s, 16,000 ~11 s (stop 50).
    # The parser only moves forward, so a search's answer holds for every later start up to
    # the match it found (or to the end when it found none): remembered, the ends cost one pass.
    def _next(self, pattern: re.Pattern[str], start: int) -> re.Match[str] | None:
        known = self._found.get(pattern)
        if known is not None:
            text, searched_from, match = known
            if text is self.rawdata and searched_from <= start and (match is None or start <= match.start()):
                return match
        match = pattern.search(self.rawdata, start)
        self._found[pattern] = (self.rawdata, start, match)
        return match

    def open_markup(self) -> int:
        """How many characters of unfinished markup the parser holds (a tag, comment or script
        whose end it has not been given yet); 0 when none."""
        pending = self.rawdata
        return len(pending) if pending and (pending[0] == "<" or self.cdata_elem) else 0

    def parse_comment(self, i: int, report: int = 1) -> int:
        match = self._next(_COMMENT_END, i + 4)
        if match is None:
            return -1
        if report:
            self.handle_comment(self.rawdata[i + 4:match.start()])
        return match.end()

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """`<![cdata[ … ]]>` and Office's `<![if …]> … <![endif]>`, as the parser reads them;
        any other `<![` (no name after it, or an unknown one) is a bogus comment up to the next
        ">", as for `<!x>` and in a browser. The parser raised AssertionError on those, and
        the item's whole text was lost: `<![<![ x>` failed its feed's poll."""
        rawdata = self.rawdata
        name = _DECLARATION_NAME.match(rawdata, i + 3)
        if name is not None and name.end() == len(rawdata):
            return -1  # the text ends inside the name
        kind = name.group().strip().lower() if name is not None else ""
        if kind in _MARKED_SECTION_KINDS:
            match = self._next(_MARKED_SECTION_END, i + 3)
        elif kind in _OFFICE_SECTION_KINDS:
            match = self._next(_OFFICE_SECTION_END, i + 3)
        else:
            return self.parse_bogus_comment(i, report)
        if match is None:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:match.start()])
        return match.end()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip_depth += 1
        else:
            self._mark_boundary(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # A self-closed <script/> has no content to skip; only boundaries matter.
        if tag not in _SKIPPED:
            self._mark_boundary(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag not in _LINE_BREAKS:
            self._mark_boundary(tag)

    def handle_data(self, data: str) -> None:
        if self._skip_depth == 0:
            # In HTML a newline inside a text node is just a space.
            self.parts.append(data.replace("\r", " ").replace("\n", " "))

    def _mark_boundary(self, tag: str) -> None:
        if self._skip_depth:
            return
        if tag in _BLOCKS:
            self.parts.append(_PARAGRAPH)
        elif tag in _LINE_BREAKS:
            self.parts.append("\n")
        elif tag in _CELLS:
            self.parts.append(" ")


def collapse_whitespace(text: str) -> str:
    """Single spaces inside lines, no blank-line runs, nothing at either end.

    Line breaks survive (at most one empty line in a row) because they end sentences.
    """
    # Most feed texts are that already: one line, single spaces. Splitting such a text into
    # words and joining them again (one_line) cost ~23 us for a 1.3 KB item, a tenth of its
    # parse; these checks ~6 us. Every white space character but " " is unprintable, so a
    # printable text is one line whose only blanks are spaces.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    lines = [one_line(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    return "\n".join(kept)


def html_to_text(html: str, source_chars: int | None = None) -> str:
    """Plain text of an HTML fragment: tags removed (script/style/template with their
    content), entities unescaped, whitespace collapsed, blocks kept as paragraphs.

    With `source_chars`, about that much of `html` is read (an item can be megabytes, and only
    so much text is kept): markup the reading stops in is not text and is left out. Markup
    longer than an eighth of that, though (a link whose address is megabytes long, before its
    words), is read to its end, and `source_chars` more after it: cut where the reading
    stopped, it had been written out as text, 100,000 characters of an address and none of
    the link's words (stop 50)."""
    if source_chars is not None and len(html) > source_chars:
        return _text_of_the_start(html, source_chars)
    if "<" not in html and "&" not in html:
        return collapse_whitespace(html.replace("\n", " ").replace("\r", " "))
    collector = _TextCollector()
    collector.feed(_unclosed_markup_as_text(html))
    collector.close()
    return collapse_whitespace("".join(collector.parts))


def _text_of_the_start(html: str, source_chars: int) -> str:
    source = _unclosed_markup_as_text(html)
    collector = _TextCollector()
    read = 0
    while read < len(source):
        collector.feed(source[read:read + source_chars])
        read += source_chars
        # No real tag, comment or script is that long; tags as short are left out where the
        # reading stops, so an item of small tags (most of it markup) is not read to its end.
        if collector.open_markup() <= source_chars // _LONG_MARKUP_SHARE:
            break
        # Read on to the end of the markup. The parser reads an unfinished tag again from its
        # start at each feed, so each feed gives it as much again as it holds: linear time.
        opened_at = read - collector.open_markup()
        while read < len(source) and collector.open_markup() and read - collector.open_markup() == opened_at:
            step = max(source_chars, collector.open_markup())
            collector.feed(source[read:read + step])
            read += step
    if read >= len(source) or not collector.open_markup():
        collector.close()  # what it holds is text (an entity cut short), or the whole source was read
    return collapse_whitespace("".join(collector.parts))


def _unclosed_markup_as_text(html: str) -> str:
    """`html` with each "<" after its last ">" written "&lt;". Every tag, comment, declaration
    and processing instruction ends with a ">", so none can start there; Python's HTML parser
    shows such a "<" as text anyway, but only after searching the rest of the text for its end
    from each one in turn: a feed's description of 16,000 `<a b='` (96 KB) cost 35 s of CPU,
    16,000 unclosed `<!--` 3.9 s (stop 49). Written as text at once, they cost nothing."""
    end = html.rfind(">")
    tail = html[end + 1:]
    return html if "<" not in tail else html[:end + 1] + tail.replace("<", "&lt;")
