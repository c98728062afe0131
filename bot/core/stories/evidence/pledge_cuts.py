"""A government cutting aid it promised, as a headline tells it: "Germany cuts promised military aid to
Ukraine", "L'Allemagne réduit l'aide promise à Kiev", "Deutschland kürzt zugesagte Hilfe". Pure.

A cut is news of its own, not a correction of a figure: a reader alerted to the pledge wants to know it
shrank. But it names the same donor, the same kind of aid, the same sum (the one it cuts) and the
pledge's own words ("zugesagte Hilfe" is read as the pledge), so it agreed with the pledge's report on
everything the evidence compares, and one agency's two dispatches were 0.85 alike: the cut joined the
pledge's story and its alert was lost. A report telling a cut and one telling none are two acts
(same_event.compare: "act"); two outlets' reports of one cut both tell it.

The headline is read, and the opening (headline and first sentence) for a cut in the present tense or a sum
given "instead of" or "half" the one promised: one outlet's "halves military aid" is the next one's "lowers ...
to 250 million euros instead of the 500 million it had promised". A pledge's report recalling that the donor
cut its aid last year ("after it cut its aid") tells the pledge. Aid must be what is cut: "aid spared
from budget cuts", "package aims to cut Russia's edge", "US support cuts Russian gains" tell no cut
(`_TOLD_CUT_OF`, `_TOLD`).
"""

from __future__ import annotations

import re

from bot.core.text.literal_gate import gated

PLEDGE_CUT = "pledge cut"

# A word of cutting (folded text) ...
_CUT = (r"(?:cut|cuts|cutting|trims?|trimming|slash(?:es|ing)?|halves|halving|reduces?|reducing|scal(?:es|ing) back"
        r"|pares? back|paring back|reduit|reduire|reduction|diminue|rabote|divise par deux"
        r"|(?:revoit|revise|corrige) (?:\w+ )?a la baisse|kurzt|kurzen|gekurzt|kurzung|reduziert|reduzieren"
        r"|verringert|halbiert|lowers|lowering|abaisse|senkt|streicht (?:\w+ ){0,3}zusammen|(?:korrigiert|senkt) (?:\w+ ){0,3}nach unten)")
# ... and what it cuts: aid, a pledge, deliveries ("Ukraine-Hilfe", "Militärhilfe" as compounds).
_PROMISED = (r"(?:\w+-)?(?:aid|pledges?|promises?|support|package|deliveries|funding|commitments?|contributions?"
             r"|aide|promesses?|engagements?|soutien|livraisons|contributions?|enveloppe"
             r"|\w*hilfen?|\w*zusagen?|unterstutzung|lieferungen|\w*paket)")
# Aid is what is cut, in one of three shapes, in one clause (no comma, colon or dash between, no word opening
# another clause: "EU cuts Russian oil imports as aid to Ukraine grows"):
# - the cut's verb or noun, then aid as its object within three words ("cuts promised military aid", "kürzt die
#   zugesagte Militärhilfe", "réduit de moitié l'aide", "cuts to Ukraine aid"). No preposition nor "to" of a
#   purpose between them: "cuts ribbon on Ukraine aid hub", "rate cut to ease Ukraine aid costs" cut something else;
#   nor the cuts a package makes elsewhere ("aid package with cuts to economic support");
# - aid, then the cut as a compound noun or told in the passive ("Ukraine aid cuts loom", "Hilfe wird halbiert",
#   "aid to Ukraine slashed"), never aid as the cutter ("US support cuts Russian gains", "Ukraine-Hilfe halbiert
#   Verluste"), nor aid spared from cuts some words on ("aid spared from budget cuts"): nothing but a passive's
#   words between, and no object after a form that may be an active verb;
# - a cut from one figure to another ("réduit de 12 à 8 le nombre de canons promis", "von 16 auf zehn").
_CLAUSE_WORD = r"(?!(?:as|while|and|but|als|und|wahrend|aber|comme|et|alors|tandis)\s)"
_PREPOSITION = (r"(?!(?:to|on|in|at|for|of|from|with|by|into|over|pour|sur|dans|avec|par|du|des|zu|um|an|auf|fur"
                r"|mit|bei|im|am|von|vom|zum|zur)\s)")
_MODIFIERS = rf"(?:(?:de moitie|by half|um die halfte)\s+)?(?:{_CLAUSE_WORD}{_PREPOSITION}[^\s,.;:!?]+\s+){{0,3}}?"
_CUT_OF = rf"\b(?:{_CUT}|cuts to)\s+{_MODIFIERS}{_PROMISED}\b"
# The cuts a package or a bill makes elsewhere, right before a cut's words: "with cuts to", "with deep cuts to".
_WITH_BEFORE = re.compile(r"\b(?:with|avec|mit)\s+(?:[^\W\d]+\s+)?$")
# After aid: a French adjective, the passive's words ("is to be", "wird", "est") or whom the aid is for, then the cut.
_PASSIVE = (r"(?:(?:militaire|financiere|humanitaire) )?(?:(?:to|for|fur|a|pour|an) (?:ukraine|kyiv|kiev|kiew|l'ukraine|die ukraine) )?"
            r"(?:(?:is|was|are|were|will|be|been|being|to|wird|werden|wurde|wurden|soll|sollen|est|sont|sera|seront"
            r"|a|ete) ){0,3}")
# Forms that are only a noun or a participle, and those that may be an active verb with an object after them
# ("cuts", "halbiert"): these count when nothing but the end of the clause or a word that is no object follows.
_CUT_ONLY = (r"(?:cut|slashed|halved|trimmed|reduced|scaled back|pared back|lowered|reduction|reductions|reduite?s?"
             r"|diminuee?s?|gekurzt|kurzung(?:en)?|gesenkt)")
_CUT_OR_VERB = r"(?:cuts|kurzt|halbiert|reduziert|verringert|kurzen|halbieren|reduzieren)"
_NO_OBJECT_AFTER = (r"(?=\s*(?:$|[,.;:!?\-\u2013\u2014]|(?:of|to|by|in|for|from|as|after|amid|over|loom\w*|are|is|were"
                    r"|was|would|will|could|may|hit\w*|planned|announced|confirmed|spark\w*|deepen\w*|um|auf|bis"
                    r"|werden|geplant)\b))")
_AID_CUT = rf"\b{_PROMISED}\s+{_PASSIVE}(?:{_CUT_ONLY}\b(?!\s+(?:the|a|an|its|their|russia\w*|russian)\b)|{_CUT_OR_VERB}\b{_NO_OBJECT_AFTER})"
_FROM_TO = r"(?:de|von|from) [\w,.]+ (?:a|auf|to) [\w,.]+"
_TOLD_CUT_OF = gated(_CUT_OF)
_TOLD = gated(rf"{_AID_CUT}|\b{_CUT}\s+{_FROM_TO}")
# In the opening, a cut in the present tense only: a pledge's first sentence may recall that the donor cut
# its aid last year ("after it cut its aid in 2027"), which tells the pledge.
_LOWERED = gated(rf"\b(?:lowers|senkt|abaisse|halves|halbiert|reduit|reduces|cuts|kurzt|slashes|trims)\s+"
                      rf"{_MODIFIERS}{_PROMISED}\b")
# A report telling the cut by the sum given instead of the one promised, in its opening ("250 million euros
# instead of the 500 million it had promised", "half the 500 million euros it had promised", "statt der
# zugesagten 500 Millionen", "au lieu des 500 millions promis").
# "half" only as an aside naming the promised sum (", half the 500 million euros it had promised"): "has delivered
# half the tanks it promised" tells deliveries, no cut.
_INSTEAD_OF_PROMISED = gated(
    r"(?:\b(?:instead of|rather than|statt|anstatt|anstelle|au lieu d)|[,(]\s*(?:half|a third|la moitie|die halfte)"
    r"(?= (?:the |des |der )?\d))\b[^.;:!?]{0,60}?"
    r"\b(?:promised|pledged|committed|zugesagt\w*|versprochen\w*|promis\w*|engage\w*)\b"
)


def cut_told(folded_title: str, folded_opening: str) -> frozenset[str]:
    """{PLEDGE_CUT} when the headline (the opening for an item with none) tells aid or a promise cut, or the
    opening (headline and first sentence) tells it with a cut verb in the present or a sum given instead of the
    one promised: one cut, told by one outlet as
    "halves military aid promised" and by the next as "lowers ... to 250 million euros instead of the 500 million
    it had promised", is one act in both reports."""
    headline = folded_title.strip() or folded_opening  # an item with no headline is headed by its opening
    told = (any(not _WITH_BEFORE.search(headline, 0, m.start()) for m in _TOLD_CUT_OF.finditer(headline))
            or _TOLD.search(headline)
            or _LOWERED.search(folded_opening) or _INSTEAD_OF_PROMISED.search(folded_opening))
    return frozenset({PLEDGE_CUT}) if told else frozenset()
