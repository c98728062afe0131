"""The slug an agency puts before the headline of a background piece: a factbox, a timeline,
a Q+A. Such a headline names the topic its lines tell, not news of its own: the pledge
extractor reads no giving in it (pledges.article_passes) and the story grouper hangs the piece
on the news its opening tells (stories.events). One pattern, so the two cannot disagree.
"""

from __future__ import annotations

import re

# Folded text, matched at the headline's start: "FACTBOX-", "Factbox:", "Fact box -",
# "Factfile:", "TIMELINE-", "Q+A-", "Q&A:" (English wires), "REPÈRES -", "Chronologie :"
# (French), "Fakten:", "Chronologie -" (German).
LIST_HEADING = re.compile(
    r"\s*(?:factbox|fact box|factfile|timeline|q\s?[+&]\s?a|reperes|chronolog\w*|fakten)\s*[:|\u2013\u2014-]"
)
