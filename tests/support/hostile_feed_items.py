"""The feed items of the hostile-feed rounds (tests/feeds/test_hostile_feeds_3*.py): two
short aid reports, written for these tests, that a feed is cut, wrapped or loaded around,
and the markup that makes an item costly for feedparser to parse."""

from __future__ import annotations

# Norway's NASAMS (told by the title already) and Germany's Leopards, told only by the
# second item's text: a pledge of tanks shows that item's text was read whole.
AID_ITEMS = [
    {"title": "Norway sends two more NASAMS launchers to Ukraine", "link": "https://n.example/nasams", "guid": "g1",
     "description": "Oslo will deliver two more NASAMS launchers to Kyiv, the defence ministry said on Monday."},
    {"title": "Berlin outlines new support for Kyiv", "link": "https://n.example/berlin", "guid": "g2",
     "description": "Germany will send 14 Leopard 2 tanks to Ukraine, the defence ministry in Berlin said on "
                    "Tuesday, adding that the first would arrive within weeks."},
]

# Markup that, put in one item, held feedparser for hours at max_feed_bytes (quadratic in
# its count); the bot leaves such an item out.
COSTLY_MARKUP = {
    "categories": b"<category>c</category>" * 2_500,
    "nested bases": b"".join(b'<x xml:base="s%d/">' % n for n in range(150)) + b"</x>" * 150,
}
