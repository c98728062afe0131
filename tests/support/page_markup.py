"""The markup of a web tracker page read as a browser's accessibility tree would take it
(stdlib html.parser, no browser): its language, its tables (captions, header cells and their
scope), its links (href and the text a screen reader says for them), and the contrast of
two colours as WCAG 2 computes it. Shared by the accessibility tests of tests/web."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Link:
    href: str
    text: str = ""  # what is read out: the text, less what is aria-hidden
    attrs: dict = field(default_factory=dict)


@dataclass
class Table:
    caption: str = ""
    headers: list[dict] = field(default_factory=list)  # each <th>'s attributes


class PageMarkup(HTMLParser):
    """One page's markup, read once (feed() then the fields)."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.html_lang: str | None = None
        self.tables: list[Table] = []
        self.links: list[Link] = []
        self.hidden_swatches = 0
        self.swatches = 0
        self._hidden_depth: list[str] = []  # open elements that are aria-hidden (or visually hidden only)
        self._open_links: list[Link] = []
        self._in_caption = False
        self._stack: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "html":
            self.html_lang = attributes.get("lang")
        if tag == "table":
            self.tables.append(Table())
        if tag == "caption" and self.tables:
            self._in_caption = True
        if tag == "th" and self.tables:
            self.tables[-1].headers.append(attributes)
        if tag == "a":
            link = Link(attributes.get("href") or "", attrs=attributes)
            self.links.append(link)
            self._open_links.append(link)
        if "swatch" in (attributes.get("class") or "").split():
            self.swatches += 1
            self.hidden_swatches += attributes.get("aria-hidden") == "true"
        if tag not in ("br", "img", "input", "meta", "link"):
            self._stack.append(tag)
            self._hidden_depth.append(tag if attributes.get("aria-hidden") == "true" else "")

    def handle_endtag(self, tag):
        if tag == "caption":
            self._in_caption = False
        if tag == "a" and self._open_links:
            self._open_links.pop()
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()
            self._hidden_depth.pop()

    def handle_data(self, data):
        if self._in_caption and self.tables:
            self.tables[-1].caption += data
        if self._open_links and not any(self._hidden_depth):
            self._open_links[-1].text += data


def page_markup(text: str) -> PageMarkup:
    return PageMarkup(text)


def _luminance(colour: str) -> float:
    hex_digits = colour.lstrip("#")
    if len(hex_digits) == 3:
        hex_digits = "".join(c * 2 for c in hex_digits)
    channels = [int(hex_digits[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """The contrast ratio of two #rgb or #rrggbb colours (WCAG 2: 1 to 21)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def css_rules(css: str) -> list[tuple[str, dict[str, str]]]:
    """(selector, {property: value}) of each rule of a flat stylesheet (no @media)."""
    rules = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        declarations = {}
        for declaration in body.split(";"):
            name, _, value = declaration.partition(":")
            if name.strip():
                declarations[name.strip()] = value.strip()
        rules.append((selector.strip(), declarations))
    return rules
