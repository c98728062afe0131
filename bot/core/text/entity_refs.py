"""HTML character references left in a feed item's text, decoded where text enters analysis.

Feeds escape their text twice often enough ("&amp;#8364;20m" in the XML) that a summary or a
headline reaches us with its references still in it: "&#8364;20m", "Russia&#8217;s",
"&euro;", "&nbsp;". The feed adapter unescapes what it labels HTML, but a headline labelled
text/plain, the `analyze` command's JSON input and the tests' texts come as they are. Left in,
"&#8364;20m" is no sum of money and "Russia&#8217;s" no possessive. The two readers of an item
(the rules, RuleSet.analyze, and the pledge reader, extract_pledges) decode it first, each once.

Only well-formed references (ending in ";") are decoded: html.unescape alone also reads
"&copy" or "&amp" with no semicolon, which plain text uses ("AT&T", "R&D" are safe, but a
name such as "Smith&amp Co" is not ours to change).
"""

from __future__ import annotations

import html
import re

# A named reference (&euro; &nbsp;), a decimal one (&#8364;) or a hexadecimal one (&#x20AC;).
_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def decoded_references(text: str) -> str:
    """`text` with its well-formed HTML character references decoded (a no-break space as a space)."""
    if "&" not in text:
        return text
    return _REFERENCE.sub(_character, text)


def _character(reference: re.Match[str]) -> str:
    # A no-break space is a space to every pattern of ours (the feed adapter collapses it too).
    character = html.unescape(reference.group(0))
    return " " if character == "\u00a0" else character
