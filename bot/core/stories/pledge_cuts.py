"""A government cutting aid it promised, as a headline tells it: "Germany cuts promised military aid to
Ukraine", "L'Allemagne réduit l'aide promise à Kiev", "Deutschland kürzt zugesagte Hilfe". Pure.

A cut is news of its own, not a correction of a figure: a reader alerted to the pledge wants to know it
shrank. But it names the same donor, the same kind of aid, the same sum (the one it cuts) and the
pledge's own words ("zugesagte Hilfe" is read as the pledge), so it agreed with the pledge's report on
everything the evidence compares, and one agency's two dispatches were 0.85 alike: the cut joined the
pledge's story and its alert was lost. A report telling a cut and one telling none are two acts
(same_event.compare: "act"); two outlets' reports of one cut both tell it.

Only the headline (or, for an item without one, its opening) is read: a pledge's report recalling in
its body that the donor cut its aid last year tells the pledge.
"""

from __future__ import annotations

import re

PLEDGE_CUT = "pledge cut"

# A word of cutting (folded text) ...
_CUT = (r"(?:cut|cuts|cutting|trims?|trimming|slash(?:es|ing)?|halves|halving|reduces?|reducing|scal(?:es|ing) back"
        r"|pares? back|paring back|reduit|reduire|reduction|diminue|rabote|divise par deux"
        r"|(?:revoit|revise|corrige) (?:\w+ )?a la baisse|kurzt|kurzen|gekurzt|kurzung|reduziert|reduzieren"
        r"|verringert|halbiert|streicht (?:\w+ ){0,3}zusammen|(?:korrigiert|senkt) (?:\w+ ){0,3}nach unten)")
# ... and what it cuts: aid, a pledge, deliveries ("Ukraine-Hilfe", "Militärhilfe" as compounds).
_PROMISED = (r"(?:\w+-)?(?:aid|pledges?|promises?|support|package|deliveries|funding|commitments?|contributions?"
             r"|aide|promesses?|engagements?|soutien|livraisons|contributions?|enveloppe"
             r"|\w*hilfen?|\w*zusagen?|unterstutzung|lieferungen|\w*paket)")
# Within three words of each other, either way round ("cuts promised military aid", "aid cut"), in one
# clause (no comma, colon or dash between, no word opening another clause: "EU cuts Russian oil imports as
# aid to Ukraine grows").
_NEAR = r"(?:(?!(?:as|while|and|but|als|und|wahrend|aber|comme|et|alors|tandis)\s)[^\s,.;:!?]+\s+){0,3}?"
# ... or a cut from one figure to another ("réduit de 12 à 8 le nombre de canons promis", "von 16 auf zehn").
_FROM_TO = r"(?:de|von|from) [\w,.]+ (?:a|auf|to) [\w,.]+"
_TOLD = re.compile(rf"\b{_CUT}\s+{_NEAR}{_PROMISED}\b|\b{_PROMISED}\s+{_NEAR}{_CUT}\b|\b{_CUT}\s+{_FROM_TO}")


def cut_told(folded_title: str, folded_opening: str) -> frozenset[str]:
    """{PLEDGE_CUT} when the headline (the opening for an item with none) tells aid or a promise cut."""
    text = folded_title.strip() or folded_opening
    return frozenset({PLEDGE_CUT}) if _TOLD.search(text) else frozenset()
