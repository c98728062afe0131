"""A handover to people is no delivery of arms: a list, a letter or a request handed to
envoys, officials or a delegation.

"Kyiv's wish list, handed to U.S. envoys this week, also includes Tomahawk missiles", "la
liste, remise aux émissaires américains", "die Liste, die den US-Gesandten übergeben wurde":
what is handed is paper, to people, and the things named after it are asked for, not given
by the envoys' country. A handover to Ukraine, its army or its forces stays a delivery.
status_cues.find_status_cues asks here of a delivery cue.
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

_HANDING = lazy(r"(?:handed|remis|remise|ubergeben|uberreicht|presented|submitted)")
# (folded text, right after the cue) to people who carry talks, not an army
_TO_PEOPLE_AFTER = lazy(
    r"(?:\s+(?:over|on \w+|this week|last week))?(?:\s+(?:to|a|aux?|an))?\s+(?:the\s+|les\s+|la\s+|le\s+|l'|den\s+|die\s+|der\s+|dem\s+)?"
    r"(?:[\w.'-]+\s+){0,2}?"
    r"(?:envoys?|emissair\w*|gesandt\w*|officials?|responsables|diplomat\w*|delegation\w*|negotiators?|"
    r"negociateurs?|unterhandler\w*|lawmakers|senators|congressmen|parlementaires|abgeordnet\w*|"
    r"mediators?|mediateurs?|vermittler\w*)\b"
)
# German puts the recipient before the participle: "den US-Gesandten übergeben".
_TO_PEOPLE_BEFORE = lazy(
    r"\b(?:den|dem|der)\s+(?:[\w.'-]+\s+){0,2}?(?:[\w-]*gesandt\w*|[\w-]*unterhandler\w*|[\w-]*vermittler\w*|"
    r"[\w-]*diplomat\w*|[\w-]*delegation\w*)\s+$"
)


def handed_to_people(folded: str, sentence_start: int, cue_start: int, cue_end: int) -> bool:
    """Whether the delivery cue folded[cue_start:cue_end] hands something to envoys,
    officials or a delegation (paper, not arms)."""
    if not _HANDING.match(folded, cue_start, cue_end):
        return False
    # (the cue may hold its preposition: "handed to")
    word_end = folded.find(" ", cue_start, cue_end)
    return bool(
        _TO_PEOPLE_AFTER.match(folded, cue_end) or (word_end > 0 and _TO_PEOPLE_AFTER.match(folded, word_end))
        or _TO_PEOPLE_BEFORE.search(folded, max(sentence_start, cue_start - 50), cue_start)
    )
